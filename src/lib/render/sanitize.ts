/**
 * The one HTML allow-list of the edition: rehype-sanitize's default schema (GitHub's), extended with
 * exactly the elements and attributes the edition's own markup uses — the tags of the markup contract,
 * the note and marker markup, and the popover buttons. It ends the Markdown pipeline, and it cleans the
 * note Markdown that other pages insert with `set:html` (see `noteHtml`).
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

const defaults = defaultSchema.attributes ?? {};

/** Attributes the edition adds to any element it makes (see the markup contract in the README). */
const EDITION_ATTRIBUTES = [
  'className',
  'dataTag',
  'dataClaim',
  'dataClaimType',
  'dataVerdict',
  'dataPerson',
  'dataRegistered',
  'dataAnchor',
  'dataAnchorName',
  'dataLayer',
  'dataNote',
  'dataUi',
  'role',
  'ariaLabel',
  'ariaDetails',
  'ariaHidden',
] as const;

/** The schema: defaults plus the edition's markup, and links limited to the web. */
export const editionSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'time', 'button'],
  attributes: {
    ...defaults,
    '*': [...(defaults['*'] ?? []), ...EDITION_ATTRIBUTES],
    // The default limits `a` to the footnote class; the edition's links carry their own classes.
    a: ['href', 'rel', 'className', ...EDITION_ATTRIBUTES],
    div: ['popover'],
    time: ['dateTime', 'dataStart', 'dataEnd', 'dataPrecision', 'dataRelative'],
    button: [['type', 'button'], 'popoverTarget', 'tabIndex'],
  },
  // The ids are the edition's own (claims, mentions, notes): deep links depend on them as they are.
  clobber: [],
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https'] },
};
