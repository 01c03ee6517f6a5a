import { describe, expect, it } from "vitest";
import { QueueFull, RenderQueue } from "./render-queue";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("RenderQueue", () => {
  it("runs at most `concurrency` jobs, readers before background work", async () => {
    const q = new RenderQueue({ concurrency: 2, maxQueued: 10 });
    const order: string[] = [];
    const gates = [deferred(), deferred()];
    const job = (name: string, gate?: Promise<void>) => async () => {
      order.push(`start ${name}`);
      await gate;
      order.push(`end ${name}`);
    };
    const all = [
      q.run("reader", job("r1", gates[0]!.promise)),
      q.run("reader", job("r2", gates[1]!.promise)),
      q.run("background", job("b1")),
      q.run("reader", job("r3")),
    ];
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual(["start r1", "start r2"]);
    expect(q.stats).toEqual({ active: 2, queued: 2 });
    gates[0]!.resolve();
    await all[0];
    await new Promise((r) => setTimeout(r, 5));
    expect(order.slice(2)).toEqual(["end r1", "start r3", "end r3", "start b1", "end b1"]);
    gates[1]!.resolve();
    await Promise.all(all);
    expect(q.stats).toEqual({ active: 0, queued: 0 });
  });

  it("refuses past maxQueued and keeps working after a failed job", async () => {
    const q = new RenderQueue({ concurrency: 1, maxQueued: 1 });
    const gate = deferred();
    const first = q.run("reader", () => gate.promise);
    const second = q.run("reader", async () => "ran");
    await expect(q.run("reader", async () => "never")).rejects.toBeInstanceOf(QueueFull);
    gate.resolve();
    await first;
    expect(await second).toBe("ran");
    await expect(q.run("reader", async () => { throw new Error("boom"); })).rejects.toThrow("boom");
    expect(await q.run("reader", async () => 7)).toBe(7);
    expect(q.stats).toEqual({ active: 0, queued: 0 });
  });
});
