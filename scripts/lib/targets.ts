/** A goal a measured figure is held to, e.g. AUC >= 0.97 or a ratio <= 2. */
export interface Target {
  op: '>=' | '<=' | '<';
  value: number;
}

export const atLeast = (value: number): Target => ({ op: '>=', value });
export const atMost = (value: number): Target => ({ op: '<=', value });
export const below = (value: number): Target => ({ op: '<', value });

/** Whether `value` meets `target`; an undefined figure (NaN) never does. */
export function meets(value: number, target: Target): boolean {
  if (!Number.isFinite(value)) return false;
  switch (target.op) {
    case '>=':
      return value >= target.value;
    case '<=':
      return value <= target.value;
    case '<':
      return value < target.value;
  }
}

export function passLabel(pass: boolean | undefined): string {
  if (pass === undefined) return '';
  return pass ? 'PASS' : 'FAIL';
}
