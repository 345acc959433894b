import { z } from 'zod';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText } from '../shared/text-rules.ts';

export const MAX_INTRODUCTION_ASK_LENGTH = 5_000;

const introductionAskSchema = z.object({
  personId: z.string({ error: 'Choose a person' }),
  targetBuyerId: z.string({ error: 'Choose a target buyer profile' }),
  message: multiLineText(
    z
      .string({ error: 'Write the message of the ask' })
      .trim()
      .normalize('NFC')
      .min(1, 'Write the message of the ask')
      .max(
        MAX_INTRODUCTION_ASK_LENGTH,
        `Message must be at most ${MAX_INTRODUCTION_ASK_LENGTH.toLocaleString('en')} characters`,
      ),
  ),
});

export type IntroductionAskInput = z.output<typeof introductionAskSchema>;

/** An ask for an introduction as recorded: the message as drafted, or as the user edited it. */
export const parseIntroductionAskInput = (input: unknown): IntroductionAskInput =>
  parseInput(introductionAskSchema, input);
