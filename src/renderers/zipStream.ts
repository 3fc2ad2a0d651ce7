/**
 * Unzipping one entry of a package chunk by chunk, so that a reader can count what it unzips and
 * stop before a zip bomb is in memory (the sizes a zip declares are not trusted).
 */
import type JSZip from "jszip";

/** JSZip's chunked reader of an entry (in the library, not in its type declarations). */
interface WithInternalStream {
  internalStream(type: "uint8array"): ChunkStream;
}
interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", listener: (error: Error) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

/**
 * Unzips an entry, handing each chunk to `onChunk`; when it returns an error, unzipping stops
 * and the promise rejects with that error. A broken entry rejects with `onBroken`'s error.
 */
export function eachChunk(
  entry: JSZip.JSZipObject,
  onChunk: (chunk: Uint8Array) => Error | undefined,
  onBroken: (error: Error) => Error = (error) => error,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stream = (entry as unknown as WithInternalStream).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        const stop = onChunk(chunk);
        if (!stop) return;
        stream.pause();
        reject(stop);
      })
      .on("error", (error: Error) => reject(onBroken(error)))
      .on("end", () => resolve())
      .resume();
  });
}
