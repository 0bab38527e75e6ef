import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { ProgramDefinisjon, Programforlop } from '@/web/api/programTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { FormDialog } from '@/web/components/FormDialog';
import { StatusLine } from '@/web/components/StatusLine';
import { Timestamp } from '@/web/components/Timestamp';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { EndRunForm } from '@/web/pages/program/EndRunForm';
import { FORLOP_FARGE, malgruppeFor, useProgramLabels } from '@/web/pages/program/programLabels';
import { erApent, nesteSteg } from '@/web/pages/program/programState';
import { RespondForm } from '@/web/pages/program/RespondForm';

interface Props {
  run: Programforlop;
  def: ProgramDefinisjon | undefined;
}

/** Who the run is for, its status, what to do next, and the offer's answer and the end. */
export function RunHeader({ run, def }: Props) {
  const t = useT();
  const labels = useProgramLabels();
  const codeLabels = useLabels();
  const [dialog, setDialog] = useState<'svar' | 'avslutt' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const ord = labels.ord(def?.malgruppe ?? malgruppeFor(run.programId));
  const steg = nesteSteg(run);
  const antall = run.okter.length;

  const neste = (() => {
    switch (steg.type) {
      case 'svar':
        return t(def?.frivillig ? 'program.neste.svarFrivillig' : 'program.neste.svar');
      case 'forsinket':
        return t('program.neste.forsinket', { nummer: steg.okt.nummer, tekst: ord.en });
      case 'neste':
        return t('program.neste.planlagt', { nummer: steg.okt.nummer, tekst: ord.en });
      case 'avslutt':
        return t('program.neste.avslutt');
      default:
        return null;
    }
  })();

  return (
    <header className="program-run__header">
      <Heading level={1} data-size="lg">
        {run.programNavn}
      </Heading>
      <dl className="facts program-run__facts">
        <div className="facts__row">
          <dt>{t('program.forlop.barn')}</dt>
          <dd>
            <Link asChild data-color="accent">
              <RouterLink to={`/barn/${run.barn.id}`}>{run.barn.navn}</RouterLink>
            </Link>
          </dd>
        </div>
        {run.fosterhjem && (
          <div className="facts__row">
            <dt>{t('program.forlop.fosterhjem')}</dt>
            <dd>
              <Link asChild data-color="accent">
                <RouterLink to={`/fosterhjem/${run.fosterhjem.id}`}>{run.fosterhjem.navn}</RouterLink>
              </Link>
            </dd>
          </div>
        )}
        {run.familiemedlem && (
          <div className="facts__row">
            <dt>{t('program.forlop.forelder')}</dt>
            <dd>
              {run.familiemedlem.navn}{' '}
              <span className="subtle">({codeLabels.relasjon(run.familiemedlem.relasjon)})</span>
            </dd>
          </div>
        )}
        <div className="facts__row">
          <dt>{t('program.forlop.status')}</dt>
          <dd>
            <Tag data-color={FORLOP_FARGE[run.status]} data-size="sm">
              {labels.status(run.status)}
            </Tag>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('program.forlop.foreslatt')}</dt>
          <dd>
            <CivilDate date={run.foreslatt} format="long" />
          </dd>
        </div>
        {run.svarDato && (
          <div className="facts__row">
            <dt>
              {run.status === 'avslatt'
                ? t('program.forlop.avslattDato')
                : run.status === 'akseptert'
                  ? t('program.forlop.akseptertDato')
                  : t('program.forlop.svarDato')}
            </dt>
            <dd>
              <CivilDate date={run.svarDato} format="long" />
            </dd>
          </div>
        )}
        {run.arsak && (
          <div className="facts__row">
            <dt>{t('program.forlop.arsak')}</dt>
            <dd className="prewrap">{run.arsak}</dd>
          </div>
        )}
        <div className="facts__row">
          <dt>{t('program.forlop.fremdrift')}</dt>
          <dd>{t('program.forlop.fremdriftTekst', { antall: run.gjennomfortAntall, total: antall })}</dd>
        </div>
      </dl>

      {neste && (
        <Alert data-color={steg.type === 'forsinket' ? 'warning' : 'info'} className="program-run__next">
          <Heading level={2} data-size="xs">
            {t('program.neste.tittel')}
          </Heading>
          <Paragraph>
            {neste}
            {(steg.type === 'neste' || steg.type === 'forsinket') && (
              <>
                {' '}
                <Timestamp value={steg.okt.planlagt} />.
              </>
            )}
          </Paragraph>
        </Alert>
      )}

      <StatusLine message={status} takeFocus />
      {erApent(run.status) && (
        <div className="program-run__actions">
          {run.status === 'foreslatt' && def && (
            <Button type="button" onClick={() => setDialog('svar')}>
              {t('program.svar.knapp')}
            </Button>
          )}
          <Button type="button" variant="secondary" onClick={() => setDialog('avslutt')}>
            {t('program.avslutt.knapp')}
          </Button>
        </div>
      )}
      <FormDialog open={dialog === 'svar'} onClose={() => setDialog(null)} title={t('program.svar.tittel')}>
        <RespondForm
          run={run}
          frivillig={def?.frivillig ?? false}
          onCancel={() => setDialog(null)}
          onDone={(svar) => {
            setDialog(null);
            setStatus(
              t(svar === 'akseptert' ? 'program.svar.lagretAkseptert' : 'program.svar.lagretAvslatt'),
            );
          }}
        />
      </FormDialog>
      <FormDialog
        open={dialog === 'avslutt'}
        onClose={() => setDialog(null)}
        title={t('program.avslutt.tittel')}
      >
        <EndRunForm
          run={run}
          onCancel={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setStatus(t('program.avslutt.lagret'));
          }}
        />
      </FormDialog>
    </header>
  );
}
