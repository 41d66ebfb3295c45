// Reads the steps of docs/install.md marked `<!-- verify: … -->` and applies them to an app, literally.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const MARKER = /<!-- verify: (\S+)(.*?) -->\s*```\w*\n([\s\S]*?)```/g;

/** The marked steps, in document order: { action, args, body }. */
export function readSteps(markdown) {
  return [...markdown.matchAll(MARKER)].map(([, action, rest, body]) => ({
    action,
    args: [...rest.matchAll(/"([^"]*)"|(\S+)/g)].map(m => m[1] ?? m[2]),
    body,
  }));
}

/** Objects merge key by key; lists are appended; anything else is replaced. */
export function mergeYaml(target, addition) {
  if (Array.isArray(target) && Array.isArray(addition))
    return [...target, ...addition];
  if (isObject(target) && isObject(addition)) {
    const out = { ...target };
    for (const [key, value] of Object.entries(addition)) {
      out[key] = key in out ? mergeYaml(out[key], value) : value;
    }
    return out;
  }
  return addition;
}

const isObject = v => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Applies one step in `appDir`; throws with the step when the docs do not fit the app. */
export function applyStep(step, appDir, env) {
  const where = `docs/install.md step "${step.action} ${step.args.join(' ')}"`;
  switch (step.action) {
    case 'run':
      for (const command of step.body.split('\n').filter(l => l.trim())) {
        console.log(`  $ ${command}`);
        execSync(command, { cwd: appDir, stdio: 'inherit', env });
      }
      return;
    case 'insert-before': {
      const [anchor, file] = step.args;
      const path = join(appDir, file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(anchor))
        throw new Error(`${where}: '${anchor}' is not in ${file}`);
      writeFileSync(path, text.replace(anchor, `${step.body}${anchor}`));
      return;
    }
    case 'merge-yaml': {
      const [file] = step.args;
      const path = join(appDir, file);
      writeFileSync(
        path,
        stringify(
          mergeYaml(parse(readFileSync(path, 'utf8')), parse(step.body)),
        ),
      );
      return;
    }
    default:
      throw new Error(`${where}: unknown action`);
  }
}
