import { Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { BarnView, Familiemedlem } from '@/web/api/barnTypes';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { osloToday } from '@/web/i18n/dates';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { ProposeForm } from '@/web/pages/program/ProposeForm';
import { erApent } from '@/web/pages/program/programState';
import { RunSummary } from '@/web/pages/program/RunSummary';
import { childProgrammesQuery } from '@/web/pages/program/usePrograms';
import '@/web/pages/program/program.css';

const VEIEN_VIDERE = 'veien_videre';
/** Veien videre is for the child's parents. */
const FORELDRE = ['mor', 'far', 'forelder'];

/**
 * On the child: every programme run for the child (En god start with the foster home, Veien
 * videre with each parent), and "Tilby Veien videre" for a parent with no open run while the child
 * is placed under a care order.
 */
export function ChildPrograms({ barn }: { barn: BarnView }) {
  const t = useT();
  const codeLabels = useLabels();
  const query = useQuery(childProgrammesQuery(barn.id));
  const [valgt, setValgt] = useState<Familiemedlem | null>(null);
  const today = osloToday();
  const runs = query.data ?? [];
  const omsorgsovertakelse = barn.plasseringer.some(
    (p) => p.hjemmel === 'bvl_5_1' && (p.utflytting === null || p.utflytting > today),
  );
  const foreldreUten = omsorgsovertakelse
    ? barn.familie.filter(
        (m) =>
          FORELDRE.includes(m.relasjon) &&
          !runs.some(
            (r) => r.programId === VEIEN_VIDERE && r.familiemedlem?.id === m.id && erApent(r.status),
          ),
      )
    : [];

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="barn-program-overskrift">
        <Heading level={3} data-size="sm" id="barn-program-overskrift">
          {t('program.barn.tittel')}
        </Heading>
        {query.isPending && <PageSpinner />}
        {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
        {query.isSuccess &&
          (runs.length === 0 ? (
            <Paragraph data-size="sm">{t('program.barn.ingen')}</Paragraph>
          ) : (
            <ul className="plain-list program-summary-list">
              {runs.map((run) => (
                <RunSummary key={run.id} run={run} visning="mottaker" />
              ))}
            </ul>
          ))}
        {query.isSuccess && barn.kanEndre && foreldreUten.length > 0 && (
          <div className="program-propose">
            {foreldreUten.map((m) => (
              <Button key={m.id} type="button" variant="secondary" data-size="sm" onClick={() => setValgt(m)}>
                <PlusIcon aria-hidden />
                {t('program.barn.tilby', {
                  navn: `${m.fornavn} ${m.etternavn}`,
                  rolle: codeLabels.relasjon(m.relasjon),
                })}
              </Button>
            ))}
          </div>
        )}
        <Link asChild>
          <RouterLink to="/programmer">{t('program.tilBiblioteket')}</RouterLink>
        </Link>
        <FormDialog
          open={valgt !== null}
          onClose={() => setValgt(null)}
          title={t('program.barn.tilbyTittel')}
        >
          {valgt && (
            <ProposeForm
              body={{ programId: VEIEN_VIDERE, barnId: barn.id, familiemedlemId: valgt.id }}
              defaultStart={today}
              startDescription={t('program.barn.start.beskrivelse')}
              submitLabel={t('program.barn.tilbyLagre')}
              onCancel={() => setValgt(null)}
            />
          )}
        </FormDialog>
      </section>
    </Card>
  );
}
