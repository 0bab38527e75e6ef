import { Fragment } from 'react';
import { Link } from 'react-router';
import { useManualLabels } from '@/web/pages/manual/manualLabels';

/** Programmes with their own page in the programme library (content/programmer). */
const I_BIBLIOTEKET = new Set(['en_god_start', 'veien_videre']);

/** The programmes a manual point uses: one click to the programme's sessions and material. */
export function ProgramLenker({ programmer }: { programmer: string[] }) {
  const labels = useManualLabels();
  return (
    <>
      {programmer.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ', '}
          {I_BIBLIOTEKET.has(id) ? (
            <Link to={`/programmer/bibliotek/${id}`}>{labels.program(id)}</Link>
          ) : (
            labels.program(id)
          )}
        </Fragment>
      ))}
    </>
  );
}
