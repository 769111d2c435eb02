import { useEffect, useState } from 'preact/hooks';
import { IDLE_LIMIT_MS, IDLE_WARNING_MS } from '../content/referral/patient';

interface Props {
  /** When the patient details were last used (ms). */
  lastUsed: number;
  /** Whether there are details to clear at all. */
  active: boolean;
  now: () => number;
  onKeep: () => void;
  /** Called once when the idle limit is reached. */
  onExpire: () => void;
}

/**
 * The idle clock for patient details: warns ahead of time with a way to keep them, then asks for
 * them to be cleared. It ticks every second on its own, so only this warning re-renders, not the
 * form or a plan with hundreds of rows.
 */
export function IdleClock({ lastUsed, active, now, onKeep, onExpire }: Props) {
  const [remaining, setRemaining] = useState(IDLE_LIMIT_MS);
  useEffect(() => {
    if (!active) return;
    const tick = () => {
      const left = lastUsed + IDLE_LIMIT_MS - now();
      setRemaining(left);
      if (left <= 0) {
        clearInterval(timer);
        onExpire();
      }
    };
    const timer = setInterval(tick, 1000);
    tick();
    return () => clearInterval(timer);
  }, [lastUsed, active]);

  if (!active || remaining > IDLE_WARNING_MS || remaining <= 0) return null;
  return (
    <p class="notice" role="alert">
      Patient details will be cleared in {Math.ceil(remaining / 1000)} seconds.{' '}
      <button type="button" onClick={onKeep}>Keep them</button>
    </p>
  );
}
