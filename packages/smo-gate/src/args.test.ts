import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from './args';

const env = {
  SMO_BACKEND_URL: 'https://backstage.example.com',
  SMO_TOKEN: 't',
};
const ref = { kind: 'component', namespace: 'default', name: 'payments' };

describe('parseArgs', () => {
  it('reads the entity ref, and the URL and token from the environment', () => {
    expect(parseArgs(['component:default/payments'], env)).toEqual({
      help: false,
      options: {
        ref,
        url: 'https://backstage.example.com',
        token: 't',
        maxAgeS: 3600,
        json: false,
      },
    });
  });

  it('prefers --url to SMO_BACKEND_URL, and reads --json and --max-age', () => {
    const { options } = parseArgs(
      [
        '--json',
        'component:default/payments',
        '--url',
        'http://localhost:7007',
        '--max-age',
        '45m',
      ],
      env,
    ) as any;
    expect(options).toMatchObject({
      ref,
      url: 'http://localhost:7007',
      maxAgeS: 2700,
      json: true,
    });
  });

  it('reads BACKSTAGE_TOKEN when SMO_TOKEN is not set', () => {
    const { options } = parseArgs(['component:default/payments'], {
      SMO_BACKEND_URL: 'http://b',
      BACKSTAGE_TOKEN: 'bt',
    }) as any;
    expect(options.token).toBe('bt');
  });

  it('reads the token from --token-file, trimmed, before the environment', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'smo-gate-args-')), 'token');
    writeFileSync(file, 'from-file\n');
    const { options } = parseArgs(
      ['component:default/payments', '--token-file', file],
      env,
    ) as any;
    expect(options.token).toBe('from-file');
    expect(() =>
      parseArgs(
        ['component:default/payments', '--token-file', `${file}.missing`],
        env,
      ),
    ).toThrow(`cannot read the token file ${file}.missing: `);
  });

  it('asks for help', () => {
    expect(parseArgs(['--help'], {})).toEqual({ help: true });
    expect(parseArgs(['component:default/payments', '-h'], {})).toEqual({
      help: true,
    });
  });

  it.each([
    [[], 'exactly one entityRef is required'],
    [['a:b/c', 'd:e/f'], 'exactly one entityRef is required'],
    [
      ['payments'],
      "'payments' is not an entity ref of the form kind:namespace/name",
    ],
    [
      ['not a ref'],
      "'not a ref' is not an entity ref of the form kind:namespace/name",
    ],
    [['a:b/c', '--url'], '--url needs a value'],
    [['a:b/c', '--max-age', 'soon'], "--max-age 'soon' is not an age"],
    [['a:b/c', '--verbose'], 'unknown option --verbose'],
    [['a:b/c', '--token', 'secret'], '--token is not accepted'],
  ])('refuses %p', (argv, message) => {
    expect(() => parseArgs(argv, env)).toThrow(message);
  });

  it('requires a URL and a token', () => {
    expect(() => parseArgs(['a:b/c'], { SMO_TOKEN: 't' })).toThrow(
      'the backend URL is required (--url or SMO_BACKEND_URL)',
    );
    expect(() => parseArgs(['a:b/c'], { SMO_BACKEND_URL: 'http://b' })).toThrow(
      'a token is required (SMO_TOKEN or --token-file)',
    );
  });
});
