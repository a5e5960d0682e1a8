// React 19 passes `data` as a property and listens to `summit-select` for
// `onsummit-select`; 'summit-timeline/react' registers the element and types both.
import 'summit-timeline/react';
import { useState } from 'react';
import { meetings } from './meetings.js';

export function App() {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <main>
      <summit-timeline data={meetings} onsummit-select={(e) => setSelected(e.detail.id)} style={{ display: 'block', width: '900px' }} />
      <p>
        Selected: <output id="selected">{selected ?? 'none'}</output>
      </p>
    </main>
  );
}
