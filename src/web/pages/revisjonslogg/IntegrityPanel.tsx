import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { verifyAuditChain } from '@/web/api/verifyAuditChain';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useT } from '@/web/i18n/useT';
import { VerifyResultView } from '@/web/pages/revisjonslogg/VerifyResultView';

/** "Integritet": recompute the audit log's hash chains on demand and show the outcome. */
export function IntegrityPanel() {
  const t = useT();
  const headingId = useId();
  const [kontrollert, setKontrollert] = useState<Date | null>(null);
  const verify = useMutation({
    mutationFn: verifyAuditChain,
    onSuccess: () => setKontrollert(new Date()),
  });

  return (
    <section aria-labelledby={headingId}>
      <Card className="integrity-panel" data-color="neutral">
        <Heading level={2} data-size="sm" id={headingId}>
          {t('integritet.overskrift')}
        </Heading>
        <Paragraph>{t('integritet.ingress')}</Paragraph>
        <div>
          <Button
            type="button"
            variant="secondary"
            data-color="accent"
            loading={verify.isPending}
            onClick={() => verify.mutate()}
          >
            {t('integritet.knapp')}
          </Button>
        </div>
        <div aria-live="polite" className="integrity-panel__result">
          {verify.isSuccess && kontrollert && (
            <VerifyResultView result={verify.data} kontrollert={kontrollert} />
          )}
          {verify.isError && <QueryErrorAlert error={verify.error} level={3} />}
        </div>
      </Card>
    </section>
  );
}
