// Bounds how many renders Next runs at once (scripts/cached-server.ts). A render holds the event
// loop for milliseconds; with no bound, a flood of cache misses (URLs that really differ, e.g. a new
// `q` each time) would queue inside Next and every cache hit would wait behind it. Renders wait
// here instead, readers' before background refreshes, and past `maxQueued` a reader gets a 503.

export type Priority = "reader" | "background";

export class QueueFull extends Error {
  constructor() {
    super("render queue full");
  }
}

export class RenderQueue {
  private active = 0;
  private readonly waiting: Record<Priority, (() => void)[]> = { reader: [], background: [] };

  constructor(private readonly limits: { concurrency: number; maxQueued: number }) {}

  get stats(): { active: number; queued: number } {
    return { active: this.active, queued: this.waiting.reader.length + this.waiting.background.length };
  }

  /** Runs `job` when a slot is free; rejects with QueueFull when too many already wait. */
  async run<T>(priority: Priority, job: () => Promise<T>): Promise<T> {
    if (this.active >= this.limits.concurrency) {
      if (this.waiting[priority].length >= this.limits.maxQueued) throw new QueueFull();
      await new Promise<void>((resolve) => this.waiting[priority].push(resolve));
    } else {
      this.active++;
    }
    try {
      return await job();
    } finally {
      const next = this.waiting.reader.shift() ?? this.waiting.background.shift();
      if (next) next(); // the slot passes straight on
      else this.active--;
    }
  }
}
