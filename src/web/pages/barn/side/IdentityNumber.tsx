import { Button } from '@digdir/designsystemet-react';
import { EyeIcon } from '@navikt/aksel-icons';
import { useMutation } from '@tanstack/react-query';
import { revealIdentityNumber } from '@/web/api/revealIdentityNumber';
import { problemMessage } from '@/web/components/problemMessage';
import { useT } from '@/web/i18n/useT';

/**
 * The identity number, masked ("150576*****"). "Vis fødselsnummer" asks the API for the full
 * number; that read is written to the audit log, and the user is told so. The number is held in
 * this component only, never cached or put in the URL.
 */
export function IdentityNumber({ barnId, maskert }: { barnId: string; maskert: string | null }) {
  const t = useT();
  const reveal = useMutation({ mutationFn: () => revealIdentityNumber(barnId) });

  if (!maskert) return <span>{t('barn.side.fodselsnummer.ukjent')}</span>;
  const full = reveal.data?.fodselsnummer;
  return (
    <span className="identity-number">
      <span className="identity-number__row">
        <span className="tabular identity-number__value">{full ?? maskert}</span>
        {!full && (
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            loading={reveal.isPending}
            onClick={() => reveal.mutate()}
            aria-describedby={`${barnId}-logg`}
          >
            {!reveal.isPending && <EyeIcon aria-hidden />}
            {t('barn.side.visFodselsnummer')}
          </Button>
        )}
      </span>
      <span id={`${barnId}-logg`} className="subtle identity-number__note" aria-live="polite">
        {full ? t('barn.side.fodselsnummer.logget') : t('barn.side.fodselsnummer.loggesVedVisning')}
      </span>
      {reveal.isError && (
        <span className="identity-number__error" role="alert">
          {problemMessage(reveal.error, t)}
        </span>
      )}
    </span>
  );
}
