export * from './types';
export * from './errors';
export { AgentBus, type AgentBusOptions } from './bus';
export { BusMetrics, type AgentMetrics } from './metrics';
export { MemoryBroker, MemoryTransport } from './transports/memory';
