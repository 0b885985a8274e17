import { chalkPackage } from '../lazy.ts';
import { plain, type Style } from '../report/style.ts';

/** chalk's colours when colour is on, plain text otherwise. */
export function terminalStyle(color: boolean): Style {
  if (!color) return plain;
  const c = new (chalkPackage().Chalk)({ level: 1 });
  return {
    red: c.red,
    yellow: c.yellow,
    blue: c.blue,
    green: c.green,
    dim: c.dim,
    bold: c.bold,
    underline: c.underline,
  };
}
