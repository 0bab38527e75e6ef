import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useT } from '@/web/i18n/useT';

interface Props {
  /** Fetch the latest saved version; the form keeps what the user typed. */
  onReload: () => void;
  reloading: boolean;
  /** True once the latest version has been fetched: the next save will be based on it. */
  reloaded: boolean;
  attempt: number;
}

/**
 * 409 `conflict`: someone else saved in between. Says so plainly, keeps the form as it is, and
 * offers to fetch the latest version. Takes focus when it appears.
 */
export function ConflictAlert({ onReload, reloading, reloaded, attempt }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every failed save
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);

  return (
    <Alert data-color="warning" ref={ref} tabIndex={-1} className="conflict-alert">
      <Heading level={3} data-size="xs">
        {t('konflikt.tittel')}
      </Heading>
      {reloaded ? (
        <Paragraph>{t('konflikt.hentet')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('konflikt.tekst')}</Paragraph>
          <div>
            <Button type="button" variant="secondary" data-size="sm" loading={reloading} onClick={onReload}>
              {t('konflikt.hent')}
            </Button>
          </div>
        </>
      )}
    </Alert>
  );
}
