// The Mongolian strings for a translation office (issue 17, docs/i18n.md):
//   npm run i18n:export [-- out.csv]                      every message with its review status
//   npm run i18n:import -- file.csv [--reviewer NAME]     the corrected file back, checked first
// The server's Mongolian texts (rows `server.…`) are exported too; those written as one string
// literal are corrected in place on import, the others only marked reviewed (scripts/i18n/server.ts);
// the error sentences' packed copy is then written again (scripts/packText.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCatalogue } from './i18n/catalogue';
import { serverTexts } from './i18n/server';
import { exportCsv, importCsv } from './i18n/translations';

const I18N_DIR = resolve(__dirname, '..', 'miniapp', 'src', 'i18n');

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function main(args: string[]): number {
  const [command, ...rest] = args;
  const file = rest.find((arg, i) => !arg.startsWith('--') && !rest[i - 1]?.startsWith('--'));
  if (command === 'export') {
    const target = resolve(file ?? 'i18n-export.csv');
    const catalogue = readCatalogue(I18N_DIR, serverTexts());
    writeFileSync(target, exportCsv(catalogue));
    console.log(`wrote ${target}: ${catalogue.fileOf.size} app messages, ${catalogue.zh.size - catalogue.fileOf.size} server texts (${catalogue.readOnly.size} read-only)`);
    return 0;
  }
  if (command === 'import' && file) {
    const today = option(rest, '--date') ?? new Date().toISOString().slice(0, 10);
    const result = importCsv(readCatalogue(I18N_DIR, serverTexts()), readFileSync(resolve(file), 'utf8'), { reviewer: option(rest, '--reviewer') ?? process.env.I18N_REVIEWER, today });
    if (!result.ok) {
      console.error(`${file}: nothing written, ${result.errors.length} problem(s):`);
      for (const error of result.errors) console.error(`  ${error}`);
      return 1;
    }
    console.log(`${file}: ${result.changed.length} text(s) changed, ${result.reviewed.length} marked reviewed, ${result.withdrawn.length} back to draft`);
    // The functions carry the error sentences packed: re-pack from the corrected source, in a fresh
    // process (this one holds errorText.ts as it was before the import).
    if (result.changed.length > 0) process.stdout.write(execFileSync(process.execPath, ['--import', 'tsx', resolve(__dirname, 'packText.ts')], { cwd: resolve(__dirname, '..'), encoding: 'utf8' }));
    return 0;
  }
  console.error('usage: npm run i18n:export [-- out.csv] | npm run i18n:import -- file.csv [--reviewer NAME] [--date YYYY-MM-DD]');
  return 2;
}

process.exitCode = main(process.argv.slice(2));
