import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { isApiError } from '@/web/api/problem';
import { problemMessage } from '@/web/components/problemMessage';
import { useT } from '@/web/i18n/useT';

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** Heading level that fits where the alert sits in the page outline. */
  level?: 2 | 3;
}

/** A failed query: what went wrong, in the user's language, and a way to try again. */
export function QueryErrorAlert({ error, onRetry, level = 2 }: Props) {
  const t = useT();
  return (
    <Alert data-color="danger" className="query-error">
      <Heading level={level} data-size="xs">
        {t('feil.kunneIkkeHente')}
      </Heading>
      <Paragraph>{problemMessage(error, t)}</Paragraph>
      {isApiError(error) && error.problem.errors && error.problem.errors.length > 0 && (
        <ul className="query-error__list">
          {error.problem.errors.map((item) => (
            <li key={`${item.field}-${item.code}`}>{item.message}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <Button variant="secondary" data-color="neutral" data-size="sm" onClick={onRetry}>
          {t('felles.provIgjen')}
        </Button>
      )}
    </Alert>
  );
}
