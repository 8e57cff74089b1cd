// streamOutput waits for 'drain' under backpressure without leaving listeners behind: a report of 5,000,000 rows
// waits hundreds of thousands of times, and each wait used to leave one 'error' listener on the file stream
// (Node then warned MaxListenersExceededWarning after ten).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamOutput } from '../../src/cli/nodeIo.js';

function slowSink(chunks: string[]): Writable {
  return new Writable({
    highWaterMark: 4, // every write of 8 bytes is over the mark: write() returns false, the sink must drain
    write(chunk: Buffer, _enc, callback) {
      chunks.push(chunk.toString());
      setImmediate(callback);
    },
  });
}

describe('streamOutput', () => {
  it('200 backpressured writes: every byte arrives in order, and only the one error listener stays', async () => {
    const chunks: string[] = [];
    const sink = slowSink(chunks);
    const before = sink.listenerCount('error');
    const out = streamOutput(sink, true);
    for (let i = 0; i < 200; i++) await out.write(`row ${String(i).padStart(3, '0')}\n`);
    expect(sink.listenerCount('error')).toBe(before + 1); // streamOutput's own failure handler
    expect(sink.listenerCount('drain')).toBe(0);
    await out.close();
    expect(chunks.join('')).toBe(Array.from({ length: 200 }, (_, i) => `row ${String(i).padStart(3, '0')}\n`).join(''));
  });

  it('a stream error while waiting for drain is thrown at that write', async () => {
    const sink = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, callback) {
        setImmediate(() => callback(new Error('disk full')));
      },
    });
    const out = streamOutput(sink, true);
    await expect(out.write('12345678')).rejects.toThrow('disk full');
  });
});
