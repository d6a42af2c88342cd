/**
 * Slider labels are keys of saved and shared slider values: short, not blank, and never a
 * name every object already has (`__proto__`, `constructor`), which would reach the prototype.
 */
export const labelChars = 40;

export const isUsableLabel = (label: unknown): label is string =>
  typeof label === 'string' && label.length <= labelChars && label.trim() !== '' && !(label in Object.prototype);
