import { BuiltinCheck, fail, pass, severity } from './types';
import { firstAnnotation } from './metadata';

const TECHDOCS = 'backstage.io/techdocs-ref';

export const knowledgeChecks: BuiltinCheck[] = [
  {
    id: 'docs.techdocs',
    level: 'transition-ready',
    title: 'TechDocs',
    category: 'knowledge',
    severity: severity('advisory', 'advisory'),
    weight: 1,
    howToFix: `Add the ${TECHDOCS} annotation pointing at the component's documentation.`,
    evaluate: s =>
      firstAnnotation(s.entity, [TECHDOCS])
        ? pass(`${TECHDOCS} is ${s.entity.metadata.annotations![TECHDOCS]}`)
        : fail(`annotation ${TECHDOCS} is not set`),
  },
];
