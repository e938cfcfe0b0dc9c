// Every file under a folder, sorted: shared by the benchmark's scripts.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out.sort();
}
