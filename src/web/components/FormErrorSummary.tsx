import { ErrorSummary, Paragraph } from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';

export interface SummaryItem {
  /** The id of the field the message is about. */
  fieldId: string;
  message: string;
}

interface Props {
  heading: string;
  /** A message that is not about one field (e.g. wrong username or password). */
  description?: string;
  items: SummaryItem[];
}

/**
 * Designsystemet's ErrorSummary: it takes focus when it appears (give it a new `key` per submit to
 * focus it again), and each message moves focus to its field.
 */
export function FormErrorSummary({ heading, description, items }: Props) {
  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };

  return (
    <ErrorSummary className="form-error-summary">
      <ErrorSummary.Heading level={2}>{heading}</ErrorSummary.Heading>
      {description && <Paragraph>{description}</Paragraph>}
      {items.length > 0 && (
        <ErrorSummary.List>
          {items.map((item) => (
            <ErrorSummary.Item key={item.fieldId}>
              <ErrorSummary.Link
                href={`#${item.fieldId}`}
                onClick={(event) => focusField(event, item.fieldId)}
              >
                {item.message}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          ))}
        </ErrorSummary.List>
      )}
    </ErrorSummary>
  );
}
