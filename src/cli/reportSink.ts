// The buffered report sink of `audit` and `renewal`: text is gathered into 64 KiB pieces, encoded (UTF-8, UTF-8 with
// a BOM, or Shift_JIS) and written to the Io's output, which for a file is a temporary file renamed on close and
// removed on abort — so a failed run leaves no partial report.
import { UsageError, type Io, type Output } from './io.js';
import { encodeShiftJis } from './shiftJis.js';

/** How a report is encoded. */
export type ReportEncoding = 'utf8' | 'utf8-bom' | 'shift_jis';

const PIECE = 1 << 16;

/** One report being written: {@link open}, then {@link append} any number of times, then {@link close} or {@link abort}. */
export class ReportSink {
  private out: Output | undefined;
  private pending = '';

  /** @param where names the place in the input for an encoding error (e.g. ` (report near input line 12)`). */
  constructor(
    private readonly io: Io,
    private readonly path: string | undefined,
    private readonly encoding: ReportEncoding,
    private readonly where: () => string = () => '',
  ) {}

  /** Opens the output (once the input's header is checked: a refused file leaves no report), with the BOM if asked. */
  async open(): Promise<void> {
    this.out = await this.io.openOutput(this.path);
    if (this.encoding === 'shift_jis' && this.out.writeBytes === undefined) throw new UsageError('this output cannot take Shift_JIS bytes; use --output-encoding utf8-bom');
    if (this.encoding === 'utf8-bom') this.pending = '\uFEFF';
  }

  /** Adds text; a full piece is written (waiting for the output to drain). */
  async append(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= PIECE) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending === '') return;
    if (this.encoding === 'shift_jis') await this.out!.writeBytes!(encodeShiftJis(this.pending, this.where()));
    else await this.out!.write(this.pending);
    this.pending = '';
  }

  /** Writes the last text and completes the report (a file is renamed into place). */
  async close(text = ''): Promise<void> {
    this.pending += text;
    await this.flush();
    await this.out!.close();
    this.out = undefined;
  }

  /** Abandons the report (a file's temporary file is removed). */
  async abort(): Promise<void> {
    const out = this.out;
    this.out = undefined;
    this.pending = '';
    if (out?.abort !== undefined) await out.abort();
  }
}
