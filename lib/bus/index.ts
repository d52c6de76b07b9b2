export * from './types';
export * from './errors';
export { AgentBus } from './bus';
export { MemoryTransport } from './transports/memory';
