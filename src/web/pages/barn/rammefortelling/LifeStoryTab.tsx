import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useRef, useState } from 'react';
import { useT } from '@/web/i18n/useT';
import { LifeStoryForm } from '@/web/pages/barn/rammefortelling/LifeStoryForm';
import { LifeStoryPart } from '@/web/pages/barn/rammefortelling/LifeStoryPart';
import { useChild } from '@/web/pages/barn/side/useChild';

/**
 * `/barn/:id/rammefortelling` — the child's life story (seeds/003 §5.2.3), written in parts over
 * time with a red thread, resources as well as vulnerabilities. Every saved version is kept.
 */
export function LifeStoryTab() {
  const t = useT();
  const barn = useChild();
  const [writing, setWriting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const stop = (saved: boolean) => {
    setWriting(false);
    if (saved) setStatus(t('rammefortelling.lagtTil'));
    requestAnimationFrame(() => newButton.current?.focus());
  };

  return (
    <div className="tab-content">
      <div className="section-heading">
        <Heading level={2} data-size="md">
          {t('rammefortelling.overskrift')}
        </Heading>
        {barn.kanEndre && !writing && (
          <Button
            ref={newButton}
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setStatus(null);
              setWriting(true);
            }}
          >
            <PlusIcon aria-hidden />
            {t('rammefortelling.ny')}
          </Button>
        )}
      </div>
      <Paragraph className="page__lead">{t('rammefortelling.ingress')}</Paragraph>
      <div aria-live="polite" role="status">
        {status && <Paragraph className="status-message">{status}</Paragraph>}
      </div>
      {writing && (
        <section aria-labelledby="ny-del-overskrift" className="life-story__new">
          <Heading level={3} data-size="sm" id="ny-del-overskrift">
            {t('rammefortelling.ny')}
          </Heading>
          <LifeStoryForm barnId={barn.id} del={null} onDone={() => stop(true)} onCancel={() => stop(false)} />
        </section>
      )}
      {barn.rammefortelling.length === 0 && !writing ? (
        <Paragraph className="empty-state">{t('rammefortelling.ingen')}</Paragraph>
      ) : (
        <ol className="life-story">
          {barn.rammefortelling.map((del, index) => (
            <li key={del.id}>
              <LifeStoryPart barnId={barn.id} del={del} nummer={index + 1} kanEndre={barn.kanEndre} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
