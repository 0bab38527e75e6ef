import { Button, Heading, Link, Tag } from '@digdir/designsystemet-react';
import { CalendarIcon, CheckmarkIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { ProgramDefinisjon, Programforlop, ProgramOkt, ProgramSamling } from '@/web/api/programTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { FormDialog } from '@/web/components/FormDialog';
import { StatusLine } from '@/web/components/StatusLine';
import { Timestamp } from '@/web/components/Timestamp';
import { useT } from '@/web/i18n/useT';
import { DocumentSessionButton } from '@/web/pages/program/DocumentSessionButton';
import { HeldSessionForm } from '@/web/pages/program/HeldSessionForm';
import { PlanSessionForm } from '@/web/pages/program/PlanSessionForm';
import { malgruppeFor, OKT_FARGE, useProgramLabels } from '@/web/pages/program/programLabels';
import { oktVisning } from '@/web/pages/program/programState';
import { SessionGuide } from '@/web/pages/program/SessionGuide';

interface Props {
  run: Programforlop;
  okt: ProgramOkt;
  samling: ProgramSamling | undefined;
  def: ProgramDefinisjon | undefined;
}

/**
 * One session: when it is (or was), its status, and for a held one who took part and the notes;
 * registering it as held, moving it, documenting it. Its goal, tools and guidance sit beside it.
 */
export function SessionItem({ run, okt, samling, def }: Props) {
  const t = useT();
  const labels = useProgramLabels();
  const [dialog, setDialog] = useState<'holdt' | 'plan' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const ord = labels.ord(def?.malgruppe ?? malgruppeFor(run.programId));
  const visning = oktVisning(okt);
  const headingId = `okt-${okt.nummer}-overskrift`;
  const kanPlanlegge =
    okt.status === 'planlagt' && (run.status === 'foreslatt' || run.status === 'akseptert');
  const kanRegistrere = okt.status !== 'avlyst' && run.status === 'akseptert';
  const tema = samling?.tema ?? okt.tema;

  return (
    <li className="program-session" aria-labelledby={headingId}>
      <div className="program-session__main">
        <div className="program-session__head">
          <Heading level={3} data-size="xs" id={headingId}>
            {t('program.okt.overskrift', { nummer: okt.nummer, tittel: tema })}
          </Heading>
          <Tag data-color={OKT_FARGE[visning]} data-size="sm">
            {labels.okt(visning)}
          </Tag>
        </div>
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('program.okt.planlagt')}</dt>
            <dd>
              <Timestamp value={okt.planlagt} />
            </dd>
          </div>
          {okt.status === 'gjennomfort' && (
            <>
              <div className="facts__row">
                <dt>{t('program.okt.gjennomfort')}</dt>
                <dd>
                  <CivilDate date={okt.gjennomfort} format="long" />
                </dd>
              </div>
              <div className="facts__row">
                <dt>{t('program.okt.deltakere')}</dt>
                <dd>
                  {okt.deltakere.length > 0 ? (
                    <ul className="program-session__people">
                      {okt.deltakere.map((d) => (
                        <li key={d}>{d}</li>
                      ))}
                    </ul>
                  ) : (
                    t('felles.ikkeOppgitt')
                  )}
                </dd>
              </div>
              {okt.notat && (
                <div className="facts__row">
                  <dt>{t('program.okt.notat')}</dt>
                  <dd className="prewrap">{okt.notat}</dd>
                </div>
              )}
            </>
          )}
          {okt.dokumentId && (
            <div className="facts__row">
              <dt>{t('program.okt.dokument')}</dt>
              <dd>
                <Link asChild data-color="accent">
                  <RouterLink to={`/dokumenter/${okt.dokumentId}`}>
                    {t('program.okt.apneDokument')}
                  </RouterLink>
                </Link>
              </dd>
            </div>
          )}
        </dl>
        <StatusLine message={status} />
        {(kanRegistrere || kanPlanlegge || (!okt.dokumentId && run.status === 'akseptert')) && (
          <div className="program-session__actions">
            {kanRegistrere && (
              <Button
                type="button"
                data-size="sm"
                variant={okt.status === 'gjennomfort' ? 'secondary' : 'primary'}
                aria-label={t(
                  okt.status === 'gjennomfort' ? 'program.okt.endreHoldtFor' : 'program.okt.registrerFor',
                  { tekst: ord.en, nummer: okt.nummer },
                )}
                onClick={() => setDialog('holdt')}
              >
                <CheckmarkIcon aria-hidden />
                {okt.status === 'gjennomfort'
                  ? t('program.okt.endreHoldt')
                  : t('program.okt.registrer', { tekst: ord.en })}
              </Button>
            )}
            {kanPlanlegge && (
              <Button
                type="button"
                data-size="sm"
                variant="secondary"
                aria-label={t('program.okt.planleggFor', { tekst: ord.en, nummer: okt.nummer })}
                onClick={() => setDialog('plan')}
              >
                <CalendarIcon aria-hidden />
                {t('program.okt.planlegg')}
              </Button>
            )}
            {!okt.dokumentId && run.status === 'akseptert' && def && (
              <DocumentSessionButton run={run} okt={okt} def={def} label={ord.en} />
            )}
          </div>
        )}
      </div>
      {samling && <SessionGuide samling={samling} ord={ord} />}
      <FormDialog
        open={dialog === 'holdt'}
        onClose={() => setDialog(null)}
        title={t('program.okt.registrerTittel', { tekst: ord.en, nummer: okt.nummer })}
      >
        <HeldSessionForm
          run={run}
          okt={okt}
          onCancel={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setStatus(t('program.okt.holdtLagret', { tekst: ord.en, nummer: okt.nummer }));
          }}
        />
      </FormDialog>
      <FormDialog
        open={dialog === 'plan'}
        onClose={() => setDialog(null)}
        title={t('program.okt.planleggTittel', { tekst: ord.en, nummer: okt.nummer })}
      >
        <PlanSessionForm
          run={run}
          okt={okt}
          onCancel={() => setDialog(null)}
          onDone={(avlyst) => {
            setDialog(null);
            setStatus(
              t(avlyst ? 'program.okt.avlystLagret' : 'program.okt.planLagret', {
                tekst: ord.en,
                nummer: okt.nummer,
              }),
            );
          }}
        />
      </FormDialog>
    </li>
  );
}
