// Defines <support-finder> and tells TypeScript its JSX props and events (React 19).
import 'support-finder/react';
import { useState } from 'react';

export function App() {
  const [status, setStatus] = useState('Loading the list of services…');
  return (
    <main>
      <h1>Wellbeing support</h1>
      <p role="status">{status}</p>
      {/* React 19 sets attributes by their HTML names and listens for on + the event's name. */}
      <support-finder
        src="/feed.json"
        heading-level={2}
        onsupport-finder-load={(event) => setStatus(`${event.services} services listed.`)}
        onsupport-finder-error={(event) => setStatus(`The list could not be loaded (${event.code}).`)}
      >
        <p>Need help now? Call 999 in an emergency, Childline on 0800 1111 or Samaritans on 116 123.</p>
      </support-finder>
    </main>
  );
}
