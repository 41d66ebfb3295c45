export * from './serviceHours';
export * from './incidents';
export * from './attainment';
export * from './report';
