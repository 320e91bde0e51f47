// Helpers for driving the H5 app like a person: where pages are, signing in as a demo user,
// drawing on the signature pad, and screenshots into a git-ignored folder.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { auditState } from './a11y';

/** The app's pages, as the router addresses them. */
export const PAGES = {
  home: 'pages/index/index',
  items: 'resident/items/index',
  item: 'resident/item/index',
  login: 'resident/login/index',
  entrust: 'apply/entrust/index',
  cases: 'resident/cases/index',
  case: 'resident/case/index',
  booking: 'resident/booking/index',
  bookings: 'resident/bookings/index',
  points: 'resident/points/index',
  point: 'resident/point/index',
  notices: 'resident/notices/index',
  ticket: 'resident/ticket/index',
  hallDisplay: 'display/hall/index',
  agentInbox: 'agent/inbox/index',
  agentCase: 'agent/case/index',
  agentRegister: 'agent/register/index',
  bureauNetwork: 'bureau/network/index',
  bureauPoster: 'bureau/poster/index',
  bureauDashboard: 'bureau/dashboard/index',
  bureauOpinions: 'bureau/opinions/index',
  bureauRectifications: 'bureau/rectifications/index',
  bureauCatalogue: 'bureau/catalogue/index',
  bureauChannels: 'bureau/channels/index',
  scorecard: 'resident/scorecard/index',
  opinions: 'resident/opinions/index',
} as const;

export const SHOTS_DIR = path.resolve(__dirname, '../../../.screenshots');

export function url(appUrl: string, page: keyof typeof PAGES, query: Record<string, string> = {}): string {
  const q = new URLSearchParams(query).toString();
  return `${appUrl}#/${PAGES[page]}${q ? `?${q}` : ''}`;
}

/** Taro's H5 storage keeps each value as JSON {data: value} in localStorage. */
export async function rememberDemoUser(page: Page, appUrl: string, userId: string): Promise<void> {
  await page.goto(appUrl);
  await page.evaluate((id) => {
    localStorage.clear();
    localStorage.setItem('session.devUserId', JSON.stringify({ data: id }));
  }, userId);
}

/** A screenshot of the state a story reached, measured for accessibility as it is (see a11y.ts). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
  if (!name.startsWith('failed')) await auditState(page, name);
}

/**
 * Writes two strokes on the signature pad the way quick handwriting does — the second begun the
 * moment the first ends — and checks the ink: nothing on the straight line between them.
 */
export async function drawSignature(page: Page): Promise<void> {
  await page.locator('.signature-pad--ready').waitFor({ timeout: 15_000 });
  const box = (await page.locator('.signature-pad canvas').first().boundingBox())!;
  const strokes = [
    [[0.2, 0.5], [0.3, 0.3], [0.4, 0.6], [0.5, 0.35]],
    [[0.55, 0.6], [0.65, 0.3], [0.75, 0.55], [0.85, 0.4]],
  ];
  for (const stroke of strokes) {
    await page.mouse.move(box.x + box.width * stroke[0][0], box.y + box.height * stroke[0][1]);
    await page.mouse.down();
    for (const [x, y] of stroke.slice(1)) await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 8 });
    await page.mouse.up();
  }
  // The gap between the first stroke's end (0.5, 0.35) and the second's start (0.55, 0.6) stays blank.
  const inkInGap = await page.locator('.signature-pad canvas').first().evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d')!;
    let inked = 0;
    for (let t = 0.2; t <= 0.8; t += 0.1) {
      const x = Math.round(canvas.width * (0.5 + 0.05 * t));
      const y = Math.round(canvas.height * (0.35 + 0.25 * t));
      if (ctx.getImageData(x, y, 1, 1).data[3] !== 0) inked += 1;
    }
    return inked;
  });
  if (inkInGap > 0) throw new Error(`the signature pad joined two strokes: ink at ${inkInGap} points of the gap between them`);
}
