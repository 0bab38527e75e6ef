import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { Materiale, ProgramSamling } from '@/web/api/programTypes';
import { removeProgrammeMaterial } from '@/web/api/removeProgrammeMaterial';
import { FormDialog } from '@/web/components/FormDialog';
import { problemMessage } from '@/web/components/problemMessage';
import { StatusLine } from '@/web/components/StatusLine';
import { useT } from '@/web/i18n/useT';
import { MaterialForm } from '@/web/pages/program/MaterialForm';
import { useRefreshProgrammes } from '@/web/pages/program/usePrograms';

interface Props {
  programId: string;
  samling: ProgramSamling;
  /** Head of service: may add and remove links. */
  kanEndre: boolean;
}

/** The service's own material for one session (its films, handouts, slides), as links. */
export function MaterialList({ programId, samling, kanEndre }: Props) {
  const t = useT();
  const refresh = useRefreshProgrammes();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `materiale-${samling.nummer}`;

  const remove = async (m: Materiale) => {
    setRemoving(m.id);
    try {
      await removeProgrammeMaterial(programId, m.id);
      await refresh();
      setStatus(t('program.materiale.fjernet', { tittel: m.tittel }));
    } catch (error) {
      setStatus(problemMessage(error, t));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section aria-labelledby={headingId} className="program-material">
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('program.guide.materiale')}
      </Heading>
      {samling.materiale.length === 0 ? (
        <Paragraph data-size="sm">{t('program.materiale.ingen')}</Paragraph>
      ) : (
        <ul className="program-material__list">
          {samling.materiale.map((m) => (
            <li key={m.id}>
              <Link href={m.url} target="_blank" rel="noopener noreferrer">
                {m.tittel}
                <span className="ds-sr-only"> {t('program.guide.nyFane')}</span>
              </Link>
              {kanEndre && (
                <Button
                  type="button"
                  variant="tertiary"
                  data-color="danger"
                  data-size="sm"
                  loading={removing === m.id}
                  aria-label={t('program.materiale.fjernFor', { tittel: m.tittel })}
                  onClick={() => remove(m)}
                >
                  <TrashIcon aria-hidden />
                  {t('felles.fjern')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <StatusLine message={status} />
      {kanEndre && (
        <div>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            aria-label={t('program.materiale.leggTilFor', { tittel: samling.tema })}
            onClick={() => {
              setStatus(null);
              setAdding(true);
            }}
          >
            <PlusIcon aria-hidden />
            {t('program.materiale.leggTil')}
          </Button>
        </div>
      )}
      <FormDialog
        open={adding}
        onClose={() => setAdding(false)}
        title={t('program.materiale.tittel', { tittel: samling.tema })}
      >
        <MaterialForm
          programId={programId}
          nummer={samling.nummer}
          onCancel={() => setAdding(false)}
          onDone={(tittel) => {
            setAdding(false);
            setStatus(t('program.materiale.lagtTil', { tittel }));
          }}
        />
      </FormDialog>
    </section>
  );
}
