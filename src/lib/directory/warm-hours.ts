/**
 * Parses opening hours in the browser's idle time once a shard has loaded. Parsing is done once
 * per service and is most of the cost of an "Open now" tap over a big area (about 20 µs a
 * service, 4 times that on a cheap phone); a person takes seconds before tapping, so by then
 * every tap is a lookup. Never holds up the page: it stops as soon as the idle slice ends.
 * Hours the same every week come worked out in the shard (shards/weekly-hours.ts) and cost
 * nothing here; what is left is the rest (dates, closures, monthly days).
 */
import type { IdleDeadlineLike, IdleScheduler } from '$lib/idle';
import type { DirectoryService } from './model';
import { prepareHours } from './schedule';

export function warmHours(services: readonly DirectoryService[], idle: IdleScheduler | undefined, prepare = prepareHours): void {
  if (!idle || services.length === 0) return;
  let next = 0;
  const slice = (deadline: IdleDeadlineLike) => {
    // One service at least per slice, so a browser that reports no time still gets through.
    do {
      const service = services[next++] as DirectoryService;
      prepare(service.schedules);
      for (const location of service.locations) if (location.schedules?.length) prepare(location.schedules);
    } while (next < services.length && deadline.timeRemaining() > 1);
    if (next < services.length) idle(slice);
  };
  idle(slice);
}
