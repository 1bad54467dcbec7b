// The building blocks every part of the contract declares its operations with.
import { z } from 'zod';

export const id = z.number().int().positive();
export const text = (max: number) => z.string().max(max);
export const filePath = z.string().min(1).max(4096);
export const empty = z.strictObject({});

/** One operation: its input schema, and its result type (a phantom, for typing only). */
export const op = <I extends z.ZodType, O>(input: I) => ({ input, output: undefined as unknown as O });
