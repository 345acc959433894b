import './scalars.ts';
import './errors.ts';
import './enums.ts';
import './accounts.ts';
import './people.ts';
import './depth.ts';
import './interactions.ts';
import './one-to-ones.ts';
import './calendar-feed.ts';
import './timeline.ts';
import './groups.ts';
import './prompts.ts';
import './weekly.ts';
import './buyers.ts';
import './knows.ts';
import { builder } from './builder.ts';

export const schema = builder.toSchema({ sortSchema: true });
