import { Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { FosterhjemPlassering, FosterhjemView } from '@/web/api/fosterhjemTypes';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useT } from '@/web/i18n/useT';
import { ProposeForm } from '@/web/pages/program/ProposeForm';
import { RunSummary } from '@/web/pages/program/RunSummary';
import { fosterHomeProgrammesQuery } from '@/web/pages/program/usePrograms';
import '@/web/pages/program/program.css';

const EN_GOD_START = 'en_god_start';

/**
 * On the foster home: its En god start runs with progress and the next session, and for a child
 * living here now without one, a button to propose it (it is proposed by itself when a placement
 * starts in a home new to the service).
 */
export function FosterHomePrograms({ hjem }: { hjem: FosterhjemView }) {
  const t = useT();
  const query = useQuery(fosterHomeProgrammesQuery(hjem.id));
  const [valgt, setValgt] = useState<FosterhjemPlassering | null>(null);
  const runs = query.data ?? [];
  const utenProgram = hjem.plasseringer.filter(
    (p) => p.na && !runs.some((r) => r.programId === EN_GOD_START && r.plasseringId === p.id),
  );

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="hjem-program-overskrift">
        <Heading level={2} data-size="sm" id="hjem-program-overskrift">
          {t('program.fosterhjem.tittel')}
        </Heading>
        <Paragraph data-size="sm" className="subtle">
          {t('program.fosterhjem.ingress')}
        </Paragraph>
        {query.isPending && <PageSpinner />}
        {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
        {query.isSuccess &&
          (runs.length === 0 ? (
            <Paragraph data-size="sm">{t('program.fosterhjem.ingen')}</Paragraph>
          ) : (
            <ul className="plain-list program-summary-list">
              {runs.map((run) => (
                <RunSummary key={run.id} run={run} visning="barn" />
              ))}
            </ul>
          ))}
        {query.isSuccess && hjem.kanEndre && utenProgram.length > 0 && (
          <div className="program-propose">
            {utenProgram.map((p) => (
              <Button key={p.id} type="button" variant="secondary" data-size="sm" onClick={() => setValgt(p)}>
                <PlusIcon aria-hidden />
                {t('program.fosterhjem.foresla', { navn: p.barn.navn })}
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
          title={t('program.fosterhjem.foreslaTittel')}
        >
          {valgt && (
            <ProposeForm
              body={{
                programId: EN_GOD_START,
                barnId: valgt.barn.id,
                plasseringId: valgt.id,
                fosterhjemId: hjem.id,
              }}
              defaultStart={valgt.innflytting}
              startDescription={t('program.fosterhjem.start.beskrivelse')}
              submitLabel={t('program.fosterhjem.foreslaLagre')}
              onCancel={() => setValgt(null)}
            />
          )}
        </FormDialog>
      </section>
    </Card>
  );
}
