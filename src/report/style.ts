/** Colour functions a formatter may use; the CLI passes chalk's or plain ones. */
export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const same = (s: string) => s;
export const plain: Style = {
  red: same,
  yellow: same,
  blue: same,
  green: same,
  dim: same,
  bold: same,
  underline: same,
};
