export * from './envelope';
export * from './create';
