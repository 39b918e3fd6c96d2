/**
 * False until the frame that first shows the component has been painted: an animation frame, then a task (the
 * browser paints between the two). Preact's useEffect is not enough for this: when no frame comes within 35 ms (a
 * busy machine), it runs anyway, and the work meant for after the paint would hold the paint back.
 */
import { useLayoutEffect, useState } from 'preact/hooks';

export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
