/** The proposal form's JSON island (ProposeConfig in src/lib/propose-view.ts). */
export const proposeConfigId = 'propose-config';

/**
 * The proposal form's field ids, shared by the page that renders the form and the script that fills in
 * and checks it: `documents.0.year` → `f-documents-0-year`.
 */
export const fieldId = (answer: string) => `f-${answer.replace(/\./g, '-')}`;

/** `aria-describedby` of an answer's field: its hint (when it has one) and its error message. */
export const fieldDescribedBy = (answer: string, hint = true) => [hint ? `${fieldId(answer)}-hint` : '', `${fieldId(answer)}-error`].filter(Boolean).join(' ');
