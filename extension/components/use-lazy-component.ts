import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component fetched in its own chunk once it is first wanted (the end-of-meeting exports, the
 * Docs page panel), so the first render carries only setup, capture and status. Undefined until loaded.
 */
export function useLazyComponent<P>(isWanted: boolean, importer: () => Promise<ComponentType<P>>): ComponentType<P> | undefined {
  const [loaded, setLoaded] = useState<{ Component: ComponentType<P> } | undefined>();
  useEffect(() => {
    if (!isWanted || loaded) return;
    let live = true;
    importer().then((Component) => {
      if (live) setLoaded({ Component });
    });
    return () => {
      live = false;
    };
  }, [isWanted, loaded, importer]);
  return loaded?.Component;
}
