import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useIdleLock } from '@/app/idle-lock';
import { deriveKey, randomBytes } from '@/store/crypto/seal';
import { unlock, vaultKey } from '@/store/vault';

afterEach(() => vi.useRealTimers());

describe('idle lock', () => {
  it('locks after the configured minutes without activity, and activity postpones it', async () => {
    const key = await deriveKey('een lange wachtwoordzin', randomBytes(16), 1_000);
    vi.useFakeTimers();
    unlock(key, 'teacher');
    renderHook(() => useIdleLock(5));
    vi.advanceTimersByTime(4 * 60_000);
    window.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(4 * 60_000);
    expect(vaultKey()).toBe(key);
    vi.advanceTimersByTime(60_000 + 1);
    expect(vaultKey()).toBeNull();
  });
});

describe('idle lock after the device slept (issue 13 item 13)', () => {
  it('locks at the first key after a sleep past the lock time, though no timer ran (wall clock)', async () => {
    const key = await deriveKey('een lange wachtwoordzin', randomBytes(16), 1_000);
    vi.useFakeTimers();
    unlock(key, 'teacher');
    renderHook(() => useIdleLock(5));
    vi.advanceTimersByTime(60_000);
    // The device sleeps 20 minutes: the clock moves on, the page's timers do not.
    vi.setSystemTime(Date.now() + 20 * 60_000);
    window.dispatchEvent(new Event('keydown'));
    expect(vaultKey()).toBeNull();
  });

  it('locks at wake (focus) too', async () => {
    const key = await deriveKey('een lange wachtwoordzin', randomBytes(16), 1_000);
    vi.useFakeTimers();
    unlock(key, 'teacher');
    renderHook(() => useIdleLock(5));
    vi.setSystemTime(Date.now() + 6 * 60_000);
    window.dispatchEvent(new Event('focus'));
    expect(vaultKey()).toBeNull();
  });
});
