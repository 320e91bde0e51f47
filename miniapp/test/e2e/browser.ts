// Debian's Chromium driven by playwright-core: no test tool downloads a browser of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get install -y chromium';

/**
 * The browser stories never skip: Debian's Chromium is used where it is; as root it is installed
 * from Debian's packages; otherwise the run stops at once naming the one command that installs it.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() !== 0) throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo ${INSTALL}`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${INSTALL} -qq`, { stdio: 'inherit' });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Installing Chromium failed. Install it with: ${INSTALL}`);
}

export function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Retries an observation until the assertion holds (the app renders asynchronously). */
export async function eventually<T>(observe: () => Promise<T>, assert: (value: T) => void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await observe();
    try {
      assert(value);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

/** Whether a (NutUI) button is disabled as a person meets it: the element or the native button in it. */
export async function isDisabled(locator: import('playwright-core').Locator): Promise<boolean> {
  return locator.first().evaluate((el) => {
    const native = el.matches('button') ? el : el.querySelector('button');
    return Boolean((native as HTMLButtonElement | null)?.disabled) || el.hasAttribute('disabled') || /(^|\s)nut-button-disabled(\s|$)/.test(el.className) || el.getAttribute('aria-disabled') === 'true';
  });
}
