// A React 19 app with a screener: `attune-screeners/react` wraps the elements (and registers them),
// so properties pass as props and each `attune-*` event has a typed `on…` prop.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AttuneScreener } from 'attune-screeners/react';
import type { Result } from 'attune-screeners';

function IntakePage() {
  const [result, setResult] = useState<Result>();
  return (
    <main>
      <h1>Before your first session</h1>
      <AttuneScreener
        instrument="pc-ptsd-5"
        results="summary"
        colorScheme="light"
        onAttuneComplete={(event) => {
          // event is CustomEvent<AttuneCompleteDetail>: result and answers are typed
          setResult(event.detail.result);
          // send event.detail to the practice's own endpoint here
        }}
        onAttuneError={(event) => console.warn(event.detail.code, event.detail.message)}
      />
      {result && (
        <p>
          Received {result.instrument.id}: total <output id="total">{result.scales['total']}</output>
        </p>
      )}
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<IntakePage />);
