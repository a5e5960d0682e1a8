import { defineConfig } from 'vitest/config';

// Date handling runs again in zones on both sides of the date line: a meeting on
// 2025-02-07 must stay on the 7th from UTC+14 to UTC-11.
const ZONES = ['Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

export default defineConfig({
  test: {
    pool: 'forks',
    // The JSON report gives .ci/run its counts; Vitest's own summary is not a line CI reads.
    reporters: ['default', 'json'],
    outputFile: { json: '.ci/out/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'UTC' },
        },
      },
      ...ZONES.map((tz) => ({
        test: {
          name: `tz:${tz}`,
          include: ['test/unit/**/*.tz.test.ts'],
          environment: 'node',
          env: { TZ: tz },
        },
      })),
    ],
  },
});
