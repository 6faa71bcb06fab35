/**
 * Test server ports. ONWARD_PORT_OFFSET moves them all, so two checkouts can run their browser
 * tests on one machine at the same time.
 */
const offset = Number(process.env.ONWARD_PORT_OFFSET ?? 0) || 0;

export const ports = {
  main: 4173 + offset,
  offline: 4176 + offset,
  update: 4177 + offset,
  directoryOffline: 4178 + offset,
  findOffline: 4179 + offset,
  serviceOffline: 4180 + offset,
  mapOffline: 4181 + offset,
  savedOffline: 4182 + offset,
  placeOffline: 4183 + offset,
  overdoseOffline: 4184 + offset,
  planOffline: 4185 + offset,
  fuzz: 4186 + offset,
  cspOffline: 4190 + offset,
  egress: 4191 + offset,
  egressProxy: 4192 + offset,
  languagesOffline: 4193 + offset,
  addressesOffline: 4194 + offset
} as const;
