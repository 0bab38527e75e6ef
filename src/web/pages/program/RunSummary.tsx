import { Link, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { Programforlop } from '@/web/api/programTypes';
import { Timestamp } from '@/web/components/Timestamp';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { FORLOP_FARGE, useProgramLabels } from '@/web/pages/program/programLabels';
import { erApent, nesteOkt } from '@/web/pages/program/programState';

interface Props {
  run: Programforlop;
  /** Whom the link names besides the programme: the child (on a foster home) or the home or parent (on a child). */
  visning: 'barn' | 'mottaker';
}

/** One run in a list: a link to it, its status, how far it has come and the next session. */
export function RunSummary({ run, visning }: Props) {
  const t = useT();
  const labels = useProgramLabels();
  const codeLabels = useLabels();
  const neste = erApent(run.status) ? nesteOkt(run) : undefined;
  const hvem =
    visning === 'barn'
      ? run.barn.navn
      : run.familiemedlem
        ? `${run.familiemedlem.navn} (${codeLabels.relasjon(run.familiemedlem.relasjon)})`
        : (run.fosterhjem?.navn ?? '');

  return (
    <li className="program-summary">
      <div className="program-summary__head">
        <Link asChild data-color="accent">
          <RouterLink to={`/programmer/${run.id}`}>
            {t('program.liste.lenke', { tittel: run.programNavn, navn: hvem })}
          </RouterLink>
        </Link>
        <Tag data-color={FORLOP_FARGE[run.status]} data-size="sm">
          {labels.status(run.status)}
        </Tag>
      </div>
      <span className="subtle">
        {t('program.forlop.fremdriftTekst', { antall: run.gjennomfortAntall, total: run.okter.length })}
        {neste && (
          <>
            {' · '}
            {t('program.liste.neste')} <Timestamp value={neste.planlagt} />
            {neste.forsinket && ` · ${labels.okt('forsinket')}`}
          </>
        )}
      </span>
    </li>
  );
}
