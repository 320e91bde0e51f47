// A translation office corrects our draft Mongolian: it gets every message as a CSV, sends it back,
// and only a file that passes every check changes the Mongolian files and the review record. Each
// story works on a copy of the i18n folder; the real files are never rewritten here.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCatalogue, REVIEW_FILE } from '../../scripts/i18n/catalogue';
import { readCsv, writeCsv } from '../../scripts/i18n/csv';
import { REPO_ROOT, SERVER_FILES, serverTexts } from '../../scripts/i18n/server';
import { exportCsv, HEADER, importCsv } from '../../scripts/i18n/translations';

const REAL = path.join(__dirname, '../src/i18n');
const TODAY = '2026-12-07';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'i18n-'));
  cpSync(REAL, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file of the folder, name → bytes. */
const snapshot = () => new Map(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f))]));
const exported = () => readCsv(exportCsv(readCatalogue(dir))).map((r) => r.fields);
/** The exported CSV with some rows changed, as the office would send it back. */
function corrected(edit: (row: string[]) => string[] | undefined): string {
  const [head, ...rows] = exported();
  return writeCsv([head, ...rows.map((row) => edit([...row]) ?? row)]);
}
const importing = (csv: string, reviewer?: string) => importCsv(readCatalogue(dir), csv, { reviewer, today: TODAY });

describe('the export', () => {
  it('lists every message of every namespace with its Chinese, Mongolian and status', () => {
    const [head, ...rows] = exported();
    expect(head).toEqual([...HEADER]);
    const keys = rows.map((r) => r[0]);
    expect(keys).toContain('home.title'); // main package
    expect(keys).toContain('queue.take'); // resident namespace
    expect(keys).toContain('hall.title'); // hall namespace
    expect(new Set(keys).size).toBe(keys.length);
    const title = rows.find((r) => r[0] === 'home.title')!;
    expect(title.slice(1, 4)).toEqual(['代办帮办', 'ᠣᠷᠣᠯᠠᠨ ᠬᠢᠵᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ', 'draft']);
  });

  it('finds a namespace added later by its file names, without a list to update', () => {
    writeFileSync(path.join(dir, 'extra.zh.ts'), "export const extraZh = { extra: { hello: '你好' } };\n");
    writeFileSync(path.join(dir, 'extra.mn.ts'), "import type { extraZh } from './extra.zh';\n\nexport const extraMn: typeof extraZh = {\n  extra: {\n    hello: 'ᠰᠠᠢᠨ ᠤᠤ',\n  },\n};\n");
    expect(exported().find((r) => r[0] === 'extra.hello')).toEqual(['extra.hello', '你好', 'ᠰᠠᠢᠨ ᠤᠤ', 'draft', '', '']);
  });
});

describe('importing the file back', () => {
  it('changes nothing, byte for byte, when nothing was corrected', () => {
    const before = snapshot();
    const result = importing(exportCsv(readCatalogue(dir)));
    expect(result).toEqual({ ok: true, changed: [], reviewed: [], withdrawn: [] });
    expect(snapshot()).toEqual(before);
  });

  it('changes exactly the corrected string, marks it reviewed, and keeps the file\'s header and type', () => {
    const before = snapshot();
    const better = 'ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠬᠤ';
    const result = importing(corrected((row) => (row[0] === 'common.retry' ? [row[0], row[1], better, 'draft', '', ''] : undefined)), '呼和浩特某翻译社');
    expect(result).toEqual({ ok: true, changed: ['common.retry'], reviewed: ['common.retry'], withdrawn: [] });

    const oldLines = before.get('mn.ts')!.toString().split('\n');
    const newLines = readFileSync(path.join(dir, 'mn.ts'), 'utf8').split('\n');
    const differing = newLines.map((line, i) => (line === oldLines[i] ? undefined : [oldLines[i], line])).filter(Boolean);
    expect(newLines).toHaveLength(oldLines.length);
    expect(differing).toEqual([[`    retry: '${readCatalogue(REAL).mn.get('common.retry')}',`, `    retry: '${better}',`]]);
    for (const [file, bytes] of before) if (file !== 'mn.ts' && file !== REVIEW_FILE) expect([file, readFileSync(path.join(dir, file))]).toEqual([file, bytes]);

    const row = exported().find((r) => r[0] === 'common.retry');
    expect(row).toEqual(['common.retry', '重试', better, 'reviewed', '呼和浩特某翻译社', TODAY]);
    // The reviewed row goes round again unchanged.
    const again = snapshot();
    expect(importing(exportCsv(readCatalogue(dir)))).toEqual({ ok: true, changed: [], reviewed: [], withdrawn: [] });
    expect(snapshot()).toEqual(again);
  });

  it('records a reviewer\'s approval of an unchanged string, and a later edit of it makes it a draft again', () => {
    const approve = corrected((row) => (row[0] === 'home.title' ? [...row.slice(0, 3), 'reviewed', '乌兰', '2026-12-01'] : undefined));
    expect(importing(approve)).toMatchObject({ ok: true, changed: [], reviewed: ['home.title'] });
    expect(exported().find((r) => r[0] === 'home.title')!.slice(3)).toEqual(['reviewed', '乌兰', '2026-12-01']);

    const mnFile = path.join(dir, 'mn.ts');
    writeFileSync(mnFile, readFileSync(mnFile, 'utf8').replace("title: 'ᠣᠷᠣᠯᠠᠨ ᠬᠢᠵᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ'", "title: 'ᠣᠷᠣᠯᠠᠨ ᠬᠢᠬᠤ'"));
    expect(exported().find((r) => r[0] === 'home.title')!.slice(3)).toEqual(['draft', '', '']);
  });
});

describe('a file that does not pass is refused with its line numbers, and nothing is written', () => {
  const refusals: [string, (row: string[]) => string[] | undefined, ...RegExp[]][] = [
    ['an unknown key', (row) => (row[0] === 'common.retry' ? ['common.retyr', ...row.slice(1)] : undefined), /^第 3 行：未知的键 common\.retyr$/],
    ['a missing placeholder', (row) => (row[0] === 'common.minutes' ? [row[0], row[1], 'ᠮᠢᠨᠦᠲ', ...row.slice(3)] : undefined), /^第 \d+ 行：common\.minutes：缺少占位符 \{\{n\}\}$/],
    ['an extra placeholder', (row) => (row[0] === 'common.retry' ? [row[0], row[1], `${row[2]} {{n}}`, ...row.slice(3)] : undefined), /^第 3 行：common\.retry：多出占位符 \{\{n\}\}$/],
    ['Chinese left in the Mongolian', (row) => (row[0] === 'common.retry' ? [row[0], row[1], 'ᠳᠠᠬᠢᠨ 重试', ...row.slice(3)] : undefined), /^第 3 行：common\.retry：含蒙古文字符块以外的字符：重 \(U\+91CD\)、试 \(U\+8BD5\)$/],
    ['Cyrillic instead of the traditional script', (row) => (row[0] === 'common.retry' ? [row[0], row[1], 'Дахин', ...row.slice(3)] : undefined), /^第 3 行：common\.retry：含蒙古文字符块以外的字符：Д \(U\+0414\)、а/, /^第 3 行：common\.retry：没有蒙古文字母$/],
    ['a Latin word that is no code', (row) => (row[0] === 'common.retry' ? [row[0], row[1], 'ᠳᠠᠬᠢᠨ retry', ...row.slice(3)] : undefined), /^第 3 行：common\.retry：含拉丁字母：retry/],
    ['an edited Chinese source', (row) => (row[0] === 'common.retry' ? [row[0], '再试一次', ...row.slice(2)] : undefined), /^第 3 行：common\.retry 的中文原文与程序中的不一致/],
    ['an unknown status', (row) => (row[0] === 'common.retry' ? [...row.slice(0, 3), 'ok', '', ''] : undefined), /^第 3 行：common\.retry：状态应为 draft 或 reviewed/],
  ];

  it.each(refusals)('%s', (_name, edit, ...messages) => {
    const before = snapshot();
    const result = importing(corrected(edit), '乌兰');
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.errors).toEqual(messages.map((m) => expect.stringMatching(m)));
    expect(snapshot()).toEqual(before);
  });

  it('a correction nobody vouches for (no reviewer in the row or on the command line)', () => {
    const before = snapshot();
    const result = importing(corrected((row) => (row[0] === 'common.retry' ? [row[0], row[1], 'ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠬᠤ', 'reviewed', '', ''] : undefined)));
    expect(result).toEqual({ ok: false, errors: ['第 3 行：common.retry：修改了译文，但没有审校人（填写 reviewer 列或使用 --reviewer）'] });
    expect(snapshot()).toEqual(before);
  });

  it('every problem of the file at once, good rows included in nothing written', () => {
    const before = snapshot();
    const csv = corrected((row) =>
      row[0] === 'common.retry'
        ? [row[0], row[1], 'ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠬᠤ', ...row.slice(3)]
        : row[0] === 'common.noData'
          ? [row[0], row[1], `${row[2]}。`, ...row.slice(3)]
          : row[0] === 'common.systemError'
            ? [...row.slice(0, 3), 'done', '', '']
            : undefined,
    );
    const result = importing(csv, '乌兰');
    expect(result.ok === false && result.errors.map((e) => e.split('：')[0])).toEqual(['第 4 行', '第 5 行']);
    expect(snapshot()).toEqual(before);
  });

  it('a file that is not our CSV', () => {
    expect(importing('key;chinese;mongolian\r\n')).toEqual({ ok: false, errors: [`第 1 行：表头应为 ${HEADER.join(',')}`] });
  });
});

describe('the Mongolian texts kept on the server go to the same review', () => {
  // The server's source files, copied like the i18n folder: a correction is written to the copy.
  let root: string;
  const FILES = Object.values(SERVER_FILES);
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'i18n-server-'));
    for (const file of FILES) cpSync(path.join(REPO_ROOT, file), path.join(root, file));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const realBytes = () => FILES.map((f) => [f, readFileSync(path.join(REPO_ROOT, f))]);
  const copyText = (file: string) => readFileSync(path.join(root, file), 'utf8');
  const withServer = () => readCatalogue(dir, serverTexts(root));
  const exportedAll = () => readCsv(exportCsv(withServer())).map((r) => r.fields);
  const correctedAll = (edit: (row: string[]) => string[] | undefined) => {
    const [head, ...rows] = exportedAll();
    return writeCsv([head, ...rows.map((row) => edit([...row]) ?? row)]);
  };
  const importingAll = (csv: string, reviewer?: string) => importCsv(withServer(), csv, { reviewer, today: TODAY });

  it('are exported after the app\'s messages, each with its Chinese twin, placeholders as in the app, and a status', () => {
    const rows = exportedAll().slice(1);
    const row = (key: string) => rows.find((r) => r[0] === key);
    expect(row('server.notice.caseAccepted')).toEqual(['server.notice.caseAccepted', '{{agent}}已受理您的委托', 'ᠬᠡᠷᠡᠭ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ᠄ {{agent}}', 'draft', '', '']);
    expect(row('server.refusal.slotFull')!.slice(1, 2)).toEqual([expect.stringMatching(/[\u4e00-\u9fff]/)]);
    expect(row('server.agreement.clause1')![2]).toMatch(/^ᠨᠢᠭᠡ᠂/);
    expect(row('server.poster.title')!.slice(1, 4)).toEqual(['代办帮办服务点', expect.stringMatching(/^ᠣᠷᠣᠯᠠᠨ/), 'draft']);
    expect(rows.some((r) => r[0].startsWith('server.error.'))).toBe(true);
    expect(rows.some((r) => r[0].startsWith('server.issue.'))).toBe(true);
    const firstServer = rows.findIndex((r) => r[0].startsWith('server.'));
    expect(rows.slice(firstServer).every((r) => r[0].startsWith('server.'))).toBe(true);
  });

  it('goes round unchanged: nothing written, here or in the sources', () => {
    const before = snapshot();
    const copies = FILES.map(copyText);
    expect(importingAll(exportCsv(withServer()))).toEqual({ ok: true, changed: [], reviewed: [], withdrawn: [] });
    expect(snapshot()).toEqual(before);
    expect(FILES.map(copyText)).toEqual(copies);
  });

  it('a corrected sentence written as one literal is replaced in its file, that line only, and marked reviewed', () => {
    const real = realBytes();
    const posterBefore = copyText(SERVER_FILES.poster).split('\n');
    const errorsBefore = copyText(SERVER_FILES.errors).split('\n');
    const extended = 'ᠤᠷᠲᠤᠰᠬᠠᠭᠰᠠᠨ ᠴᠠᠭ᠄ ';
    const slotFull = 'ᠡᠨᠡ ᠴᠠᠭ ᠳᠦᠭᠦᠷᠪᠡ᠂ ᠦᠬᠡᠷ᠎ᠡ ᠴᠠᠭ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ';
    const csv = correctedAll((row) =>
      row[0] === 'server.poster.extended' ? [row[0], row[1], extended, 'reviewed', '乌兰', '2026-12-01'] : row[0] === 'server.refusal.slotFull' ? [row[0], row[1], slotFull, 'draft', '', ''] : undefined,
    );
    expect(importingAll(csv, '呼和浩特某翻译社')).toEqual({ ok: true, changed: ['server.refusal.slotFull', 'server.poster.extended'], reviewed: ['server.refusal.slotFull', 'server.poster.extended'], withdrawn: [] });

    const diff = (before: string[], file: string) => {
      const after = copyText(file).split('\n');
      expect(after).toHaveLength(before.length);
      return after.map((line, i) => (line === before[i] ? undefined : line)).filter(Boolean);
    };
    expect(diff(posterBefore, SERVER_FILES.poster)).toEqual([`  extended: '${extended}',`]);
    expect(diff(errorsBefore, SERVER_FILES.errors)).toEqual([`  slotFull: '${slotFull}',`]);
    expect(realBytes()).toEqual(real);

    const rows = exportedAll();
    expect(rows.find((r) => r[0] === 'server.poster.extended')!.slice(2)).toEqual([extended, 'reviewed', '乌兰', '2026-12-01']);
    expect(rows.find((r) => r[0] === 'server.refusal.slotFull')!.slice(2)).toEqual([slotFull, 'reviewed', '呼和浩特某翻译社', TODAY]);
  });

  it('a marked-reviewed sentence records its approval and leaves its file alone', () => {
    const copies = FILES.map(copyText);
    const approve = correctedAll((row) => (row[0] === 'server.notice.caseAccepted' ? [...row.slice(0, 3), 'reviewed', '乌兰', '2026-12-01'] : undefined));
    expect(importingAll(approve)).toEqual({ ok: true, changed: [], reviewed: ['server.notice.caseAccepted'], withdrawn: [] });
    expect(exportedAll().find((r) => r[0] === 'server.notice.caseAccepted')!.slice(3)).toEqual(['reviewed', '乌兰', '2026-12-01']);
    expect(FILES.map(copyText)).toEqual(copies);
  });

  it('a sentence the program builds, the agreement, and a bad correction are refused, and nothing is written', () => {
    const before = snapshot();
    const copies = FILES.map(copyText);
    const csv = correctedAll((row) =>
      row[0] === 'server.notice.caseAccepted' ? [row[0], row[1], 'ᠬᠡᠷᠡᠭ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠪᠠ᠄ {{agent}}', ...row.slice(3)]
        : row[0] === 'server.agreement.title' ? [row[0], row[1], `${row[2]} ᠰᠢᠨ᠎ᠡ`, ...row.slice(3)]
          : row[0] === 'server.poster.extended' ? [row[0], row[1], 'ᠤᠷᠲᠤᠰᠭᠠᠭᠰᠠᠨ 延时', ...row.slice(3)]
            : row[0] === 'server.poster.free' ? [row[0], row[1], 'ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠲᠥᠯᠪᠦᠷᠢ ᠦᠭᠡᠢ', ...row.slice(3)]
              : undefined,
    );
    const result = importingAll(csv, '乌兰');
    expect(result.ok === false && result.errors).toEqual([
      expect.stringMatching(/^第 \d+ 行：server\.notice\.caseAccepted：此句由程序拼成.*functions\/src\/notices\/noticeText\.ts/),
      expect.stringMatching(/^第 \d+ 行：server\.agreement\.title：协议正文的修改须作为新版本发布/),
      expect.stringMatching(/^第 \d+ 行：server\.poster\.extended：含蒙古文字符块以外的字符：延/),
      expect.stringMatching(/^第 \d+ 行：server\.poster\.free：此句由程序拼成.*posterWords\.ts/),
    ]);
    expect(snapshot()).toEqual(before);
    expect(FILES.map(copyText)).toEqual(copies);
  });
});
