import { describe, expect, it } from 'vitest';
import { diagnosticSwitches } from '@/lib/config';

describe('diagnostic switches', () => {
  it('are all off when nothing is set', () => {
    expect(diagnosticSwitches({})).toEqual({ inspectUrl: undefined, tracing: null, testHooks: false });
  });

  it('turn on the inspector, tracing (named roundtable unless told) and the test hooks', () => {
    expect(diagnosticSwitches({ XSTATE_INSPECT_URL: 'ws://localhost:8080', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318', ROUNDTABLE_TEST_HOOKS: '1' })).toEqual({
      inspectUrl: 'ws://localhost:8080',
      tracing: { serviceName: 'roundtable' },
      testHooks: true,
    });
    expect(diagnosticSwitches({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318', OTEL_SERVICE_NAME: 'tables' }).tracing).toEqual({ serviceName: 'tables' });
  });

  it('treat an empty inspector URL or endpoint, and test hooks other than 1, as off', () => {
    expect(diagnosticSwitches({ XSTATE_INSPECT_URL: '', OTEL_EXPORTER_OTLP_ENDPOINT: '', ROUNDTABLE_TEST_HOOKS: 'true' })).toEqual({ inspectUrl: undefined, tracing: null, testHooks: false });
  });
});
