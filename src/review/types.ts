/** The review decision types live with the findings steps that apply them (src/findings/types.ts). */
export * from '../findings/types';
