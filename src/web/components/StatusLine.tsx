import { Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';

interface Props {
  message: string | null;
  /**
   * Move focus to the message when it appears: for actions whose button is gone afterwards (a
   * placement ended, a person removed), so keyboard and screen-reader users are not left on nothing.
   */
  takeFocus?: boolean;
}

/** A polite status line after a change ("Plasseringen er registrert."). The live region is always there. */
export function StatusLine({ message, takeFocus = false }: Props) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!message || !takeFocus) return;
    // After the frame: a form dialog closing in the same update is still modal while effects run
    // (the page behind it is inert), and closing would then move focus to the body.
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [message, takeFocus]);
  return (
    <div aria-live="polite" role="status">
      {message && (
        <Paragraph ref={ref} tabIndex={-1} className="status-message">
          {message}
        </Paragraph>
      )}
    </div>
  );
}
