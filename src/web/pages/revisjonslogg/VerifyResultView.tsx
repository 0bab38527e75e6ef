import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { AuditVerifyResult } from '@/web/api/types';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

const MAX_SHOWN = 20;

/** The outcome of a chain check: whole, or which links are broken and why. */
export function VerifyResultView({ result, kontrollert }: { result: AuditVerifyResult; kontrollert: Date }) {
  const t = useT();
  const labels = useLabels();
  const summary = t('integritet.omfang', {
    rader: result.rader,
    kjeder: result.kjeder,
    tidspunkt: kontrollert,
  });

  if (result.ok) {
    return (
      <Alert data-color="success">
        <Heading level={3} data-size="xs">
          {t('integritet.ok')}
        </Heading>
        <Paragraph>{summary}</Paragraph>
      </Alert>
    );
  }

  return (
    <Alert data-color="danger">
      <Heading level={3} data-size="xs">
        {t('integritet.brudd', { antall: result.brudd.length })}
      </Heading>
      <Paragraph>{summary}</Paragraph>
      <ul className="verify-breaks">
        {result.brudd.slice(0, MAX_SHOWN).map((brudd) => (
          <li key={`${brudd.kjede}-${brudd.sekvens}-${brudd.arsak}`}>
            {t('integritet.bruddLinje', {
              kjede: String(brudd.kjede),
              sekvens: brudd.sekvens,
              arsak: labels.bruddArsak(brudd.arsak),
            })}
          </li>
        ))}
      </ul>
      {result.brudd.length > MAX_SHOWN && (
        <Paragraph data-size="sm">
          {t('integritet.flere', { antall: result.brudd.length - MAX_SHOWN })}
        </Paragraph>
      )}
    </Alert>
  );
}
