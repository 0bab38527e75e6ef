import type { ReactNode } from 'react';

export const MAIN_ID = 'hovedinnhold';

/** The one `<main>`: target of the skip link and of focus after navigation. */
export function MainLandmark({ children }: { children: ReactNode }) {
  return (
    <main id={MAIN_ID} tabIndex={-1} className="app-main">
      <div className="app-container">{children}</div>
    </main>
  );
}
