import { useEffect, useState } from 'preact/hooks';

export type Engine = typeof import('../engine');

let loading: Promise<Engine> | null = null;

/** The engine, loaded once on first use (the single dynamic import of the options page). */
export function loadEngine(): Promise<Engine> {
  loading ??= import('../engine');
  return loading;
}

export function useEngine(): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let live = true;
    void loadEngine().then((e) => live && setEngine(e));
    return () => {
      live = false;
    };
  }, []);
  return engine;
}
