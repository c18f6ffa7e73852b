/**
 * Terminal control characters (ESC and the sequences it starts: CSI colours, OSC titles and hyperlinks; BEL;
 * every other C0 control but tab and line feed; DEL; the C1 controls) taken out of text that goes to a
 * terminal, a CI log or a Markdown file. Article text is untrusted: an OSC 8 link or a cursor move hidden in
 * it must not reach a reader's terminal.
 */
// ESC sequences first (OSC … BEL/ST, CSI … final byte, two-character escapes), so their parameters go too.
const ESCAPE_SEQUENCE = /\u001b\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -~]?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function stripControls(s: string): string {
  return s.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
