/** The kinds of entity a beat may name: who a figure can be about, and the bodies that only speak. */
export const ENTITY_KINDS = ['country', 'authority', 'organisation', 'armed-force', 'place', 'person', 'alliance', 'region', 'sector', 'group', 'party', 'company', 'index', 'source'] as const;

/** The kinds of entity a figure can be about: all but the bodies that only speak and persons. */
export const SUBJECT_ENTITY_KINDS = ENTITY_KINDS.filter((k) => k !== 'source' && k !== 'person');

/**
 * The kinds a measure's `subjectKinds` may list: the subject kinds, and persons, whose figures
 * only a measure naming them can be ("a contestant's share of the points"). A person is never whose
 * figure it is by default: a person named beside a figure is most often the one who spoke.
 */
export const MEASURE_SUBJECT_KINDS = ENTITY_KINDS.filter((k) => k !== 'source');
