import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMediaQuery } from './use-media-query';

/**
 * Whether the page is being printed (or shown as print: the print media query, as a browser's print
 * preview or a test's emulated media sets it). `beforeprint` renders at once (flushSync), so a list
 * drawn in part on screen is whole on paper.
 */
export function usePrinting(): boolean {
  const media = useMediaQuery('print');
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return media || printing;
}
