import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { countWrites, ReadCache } from "@/lib/db/read-cache";

describe("ReadCache over PGlite", () => {
  let client: PGlite;
  let cache: ReadCache;
  beforeAll(async () => {
    client = new PGlite();
    cache = new ReadCache();
    countWrites(client, cache);
    await client.exec("create table notes (id int primary key, body text)");
    await client.query("insert into notes values (1, 'first')");
  });
  afterAll(() => client.close());

  const body = async () => (await client.query<{ body: string }>("select body from notes where id = 1")).rows[0]?.body;
  const read = (load = vi.fn(body)) => cache.read("note:1", load);

  it("answers from memory while nothing is written, and reads again after any write", async () => {
    const load = vi.fn(body);
    expect(await read(load)).toBe("first");
    expect(await read(load)).toBe("first");
    expect(load).toHaveBeenCalledTimes(1);

    await client.query("update notes set body = $1 where id = 1", ["second"]);
    expect(await read(load)).toBe("second");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("counts exec, transactions, and statements that only look like reads, as writes", async () => {
    const writes = [
      () => client.exec("insert into notes values (2, 'other')"),
      () => client.transaction(async (tx) => void (await tx.query("delete from notes where id = 2"))),
      () => client.query("with gone as (delete from notes where id = 3 returning id) select count(*) from gone"),
    ];
    for (const write of writes) {
      await read();
      const load = vi.fn(body);
      await write();
      await read(load);
      expect(load).toHaveBeenCalledTimes(1);
    }
  });

  it("does not keep an answer read while a write was under way", async () => {
    const load = vi.fn(async () => {
      const answer = await body();
      await client.query("update notes set body = 'third' where id = 1");
      return answer;
    });
    expect(await cache.read("racing", load)).toBe("second");
    const again = vi.fn(body);
    expect(await cache.read("racing", again)).toBe("third");
    expect(again).toHaveBeenCalledTimes(1);
  });

  it("keeps answers under separate keys apart", async () => {
    expect(await cache.read("a", async () => 1)).toBe(1);
    expect(await cache.read("b", async () => 2)).toBe(2);
    expect(await cache.read("a", async () => 3)).toBe(1);
  });
});
